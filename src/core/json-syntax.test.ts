import { jsonSyntaxReason } from './json-syntax';

const reasonFor = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxReason((error as Error).message);
  }
  throw new Error('parsed');
};

describe('jsonSyntaxReason', () => {
  it('keeps the parser’s fault and position, never a piece of the text', () => {
    expect(reasonFor('{"hoTen": Nguyen Van An}')).toBe('Unexpected token');
    expect(reasonFor('{"hoTen": "An"')).toBe("Expected ',' or '}' after property value at position 14");
    expect(reasonFor('{"a":1} 044095001234')).toBe('Unexpected non-whitespace character after JSON at position 8');
    expect(reasonFor('')).toBe('Unexpected end of JSON input');
    expect(jsonSyntaxReason('"Lê Thu Hà" is not valid JSON')).toBe('Not valid JSON');
  });
});
