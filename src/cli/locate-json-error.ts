const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * The offset of the first character that keeps `text` from being JSON (RFC 8259), or -1 when it
 * is JSON. `JSON.parse` names no position for some mistakes (Node 20: `Unexpected token '}'`).
 */
export function locateJsonError(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (' \t\n\r'.includes(text[at] ?? '_')) at++;
  };
  const expect = (char: string) => (text[at] === char ? at++ : fail());
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) fail();
    at = pattern.lastIndex;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text[at] ?? fail();
      if (char === '"') return at++;
      if (char < ' ') fail();
      at++;
      if (char !== '\\') continue;
      if (text[at] === 'u') {
        at++;
        match(HEX4);
      } else if ('"\\/bfnrt'.includes(text[at] ?? '_')) at++;
      else fail();
    }
  };
  const word = (literal: string) => {
    for (const char of literal) expect(char);
  };
  const list = (close: string, item: () => void) => {
    at++;
    space();
    if (text[at] === close) return at++;
    for (;;) {
      item();
      space();
      if (text[at] === close) return at++;
      expect(',');
    }
  };
  const member = () => {
    space();
    string();
    space();
    expect(':');
    value();
  };
  const value = (): unknown => {
    space();
    const char = text[at];
    if (char === '{') return list('}', member);
    if (char === '[') return list(']', value);
    if (char === '"') return string();
    if (char === 't') return word('true');
    if (char === 'f') return word('false');
    if (char === 'n') return word('null');
    return match(NUMBER);
  };
  try {
    value();
    space();
    return at < text.length ? at : -1;
  } catch (offset) {
    return offset as number;
  }
}
