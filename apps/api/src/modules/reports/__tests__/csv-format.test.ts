import { parse } from 'csv-parse/sync';
import { csvField, csvRecord } from '../csv-format';

describe('csvField (RFC 4180)', () => {
  test.each([
    ['plain text stays as it is', 'RMA-100042', 'RMA-100042'],
    ['a number is written as digits', 43.49, '43.49'],
    ['null is an empty field', null, ''],
    ['an empty string is an empty field', '', ''],
    ['a comma puts the field in quotes', 'a,b', '"a,b"'],
    ['a quote is doubled inside quotes', 'say "hi"', '"say ""hi"""'],
    ['a line feed puts the field in quotes', 'line 1\nline 2', '"line 1\nline 2"'],
    ['a carriage return puts the field in quotes', 'a\rb', '"a\rb"'],
    ['leading and trailing spaces are kept, unquoted', '  padded  ', '  padded  '],
    ['non-ASCII text is kept as it is', 'Müller – 東京', 'Müller – 東京'],
    ['a leading = is neutralised so spreadsheets show text', '=1+1', "'=1+1"],
    ['a leading @ is neutralised', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a leading + is neutralised', '+1+1', "'+1+1"],
    ['a leading - formula is neutralised', '-2+3', "'-2+3"],
    ['a leading tab is neutralised', '\tcmd', "'\tcmd"],
    [
      'a neutralised formula with a comma is still quoted',
      '=HYPERLINK("http://x",1)',
      `"'=HYPERLINK(""http://x"",1)"`,
    ],
    ['a negative amount as text stays a number', '-12.50', '-12.50'],
    ['a signed whole number stays a number', '+7', '+7'],
    ['an = inside the text is harmless and kept', 'a=b', 'a=b'],
  ])('%s', (_rule, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('csvRecord', () => {
  test('joins fields with commas and ends the record with CRLF', () => {
    expect(csvRecord(['a', 'b,c', null, 7])).toBe('a,"b,c",,7\r\n');
  });

  test('whatever the text, a standard parser reads back exactly the fields written', () => {
    const records = [
      ['SC-114, "rush" refund', 'multi\r\nline', '"', ',', '""', ' '],
      ['', 'plain', '1500', 'end"quote', 'x\ny', 'trailing,'],
    ];
    const text = records.map((record) => csvRecord(record)).join('');
    expect(parse(text, { relax_column_count: false })).toEqual(records);
  });
});
