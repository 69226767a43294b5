/**
 * A name from outside made safe to print and to put in a workbook: control characters (a file
 * name can hold an escape sequence that rewrites the terminal, or a line break that forges a
 * line of output) and the invisible bidirectional overrides are shown as \xNN / \u{NNNN}.
 */
export function printable(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** Every line chiso prints, with control characters escaped except the line breaks and tabs of its own layout. */
export function printableText(text: string): string {
  return text.split('\n').map((line) => line.split('\t').map(printable).join('\t')).join('\n');
}
