/** What JSON.parse objected to, in its own words but without the excerpt of the body it quotes. */
const JSON_FAULTS = [
  'Unexpected end of JSON input',
  'Unexpected token',
  'Unexpected non-whitespace character after JSON',
  'Unexpected number',
  'Unexpected string',
  'Bad control character in string literal',
  'Bad escaped character',
  'Bad Unicode escape',
  'Unterminated string',
  "Expected property name or '}'",
  "Expected ',' or '}' after property value",
  "Expected ',' or ']' after array element",
  "Expected ':' after property name",
  'Expected double-quoted property name',
  'Exponent part is missing a number',
  'Unterminated fractional number',
  'No number after minus sign',
];

/**
 * Why a body is not JSON, as a fixed phrase and a position. The parser's own message quotes a piece
 * of the body (`Unexpected token 'N', "{"hoTen": Nguyen Van"... is not valid JSON`), and that text
 * would reach the log and the answer; a person's name or ID number sent unquoted among it.
 */
export function jsonSyntaxReason(message: string): string {
  const fault = JSON_FAULTS.find((phrase) => message.startsWith(phrase)) ?? 'Not valid JSON';
  const position = /\bat position (\d+)/.exec(message)?.[1];
  return position !== undefined ? `${fault} at position ${position}` : fault;
}
