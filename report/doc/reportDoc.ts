// A report as a list of blocks — headings, paragraphs, lists, tables, figures, code — rendered to Markdown and HTML alike.

/** A run of text: plain, `code`, or **strong**. Plain strings are plain text. */
export type Inline = string | { code: string } | { strong: string };

/** One line of text made of inline runs. */
export type Text = readonly Inline[];

/** A figure of the report: a stable id (its file name), a title and the alt text; the SVG is drawn separately. */
export interface FigureRef {
  id: string;
  title: string;
  alt: string;
}

/** A block of the report. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: Text }
  | { kind: 'list'; items: readonly Text[]; ordered?: boolean }
  | { kind: 'table'; caption?: string; headers: readonly string[]; rows: ReadonlyArray<readonly Text[]>; align?: ReadonlyArray<'left' | 'right'> }
  | { kind: 'figure'; figure: FigureRef; number: number }
  | { kind: 'code'; language: string; text: string };

/** Shorthands for building blocks. */
export const block = {
  h1: (text: string): Block => ({ kind: 'heading', level: 1, text }),
  h2: (text: string, id?: string): Block => ({ kind: 'heading', level: 2, text, id }),
  h3: (text: string): Block => ({ kind: 'heading', level: 3, text }),
  p: (...text: Inline[]): Block => ({ kind: 'paragraph', text }),
  list: (items: readonly Text[]): Block => ({ kind: 'list', items }),
  ol: (items: readonly Text[]): Block => ({ kind: 'list', items, ordered: true }),
  code: (language: string, text: string): Block => ({ kind: 'code', language, text }),
};

/** A number for report text: whole numbers as written, others with three significant digits, a true minus sign; NaN and null as "n/a". */
export function fmt(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  const text = Number.isInteger(value) ? String(Math.abs(value)) : String(Number(Math.abs(value).toPrecision(digits)));
  return value < 0 ? `−${text}` : text;
}

/** A share as a percentage with no decimals (`0.764` → `76 %`). */
export function percent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${Math.round(value * 100)} %`;
}

/** A signed number (`+1.2`, `−6.6`), with a true minus sign. */
export function signed(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  const text = fmt(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : '0';
}
