import {
  FIRST_PAGE,
  nextPage,
  pageIndex,
  pageSummary,
  previousPage,
  type KeysetPosition,
} from '../keyset-pages';

describe('keyset pages', () => {
  it('walks forward and back along the cursors without losing a page', () => {
    const second = nextPage(FIRST_PAGE, 'c1');
    const third = nextPage(second, 'c2');
    const fourth = nextPage(third, 'c3');
    expect(fourth).toEqual({ after: 'c3', trail: ['c1', 'c2'] });
    expect(previousPage(fourth)).toEqual(third);
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(second)).toEqual(FIRST_PAGE);
    expect(previousPage(FIRST_PAGE)).toBeNull();
  });

  it('counts rows from the page index', () => {
    const third: KeysetPosition = { after: 'c2', trail: ['c1'] };
    expect(pageIndex(third)).toBe(2);
    expect(pageSummary(third, 25, 10, 60)).toBe('51–60 of 60');
    expect(pageSummary(FIRST_PAGE, 25, 25, 60)).toBe('1–25 of 60');
    expect(pageSummary(FIRST_PAGE, 25, 0, 0)).toBe('0 of 0');
  });
});
