/** How an inspector grades each returned line. */
export const INSPECTION_GRADES = [
  'NEW',
  'LIKE_NEW',
  'OPENED',
  'DAMAGED_BY_CUSTOMER',
  'DEFECTIVE',
  'WRONG_ITEM_RETURNED',
  'MISSING',
] as const;

/** One of {@link INSPECTION_GRADES}. */
export type InspectionGrade = (typeof INSPECTION_GRADES)[number];

/**
 * Grades that put a line on hold: the parcel held something we did not send, or nothing.
 * Such a line gets no refund and no stock movement until support resolves it.
 */
export const HELD_GRADES: readonly InspectionGrade[] = ['WRONG_ITEM_RETURNED', 'MISSING'];

/**
 * Tells whether a grade holds the line for support to resolve.
 * @example isHeldGrade('MISSING') // true
 */
export function isHeldGrade(grade: InspectionGrade | null): boolean {
  return grade !== null && HELD_GRADES.includes(grade);
}
