/**
 * Text for a terminal, from anything we do not control (a spec, a server's answer). A terminal obeys
 * control sequences (clear the screen, write the clipboard, forge a hyperlink), and a CI log that
 * captures the output obeys workflow commands: a line that starts, after spaces, with `::` or `##[`.
 * Control and bidirectional-override characters are dropped, and such a line start is broken by a
 * zero-width space.
 */

/** C0 controls but tab and newline, DEL, C1 controls (CSI among them), and the bidi overrides. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/^([ \t]*)(:)(:)|^([ \t]*)(#)(#\[)/gm, (_, a, b, c, d, e, f) => (a !== undefined ? `${a}${b}\u200b${c}` : `${d}${e}\u200b${f}`));
}

/** A JSON document for a terminal: the same data, with every such character written as a `\u` escape. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
