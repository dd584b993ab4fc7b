/**
 * The playground (docs/playground.html): paste a report or drop a file, see the review page, download the record.
 * Everything runs in the page — the library is bundled in (build.mjs), nothing is fetched.
 */
import { RECORD_KEYS, decodeBytes, parseReport, renderReviewPage, toRecord, type OgiRecord } from '../../src/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>('input');
const file = $<HTMLInputElement>('file');
const view = $<HTMLIFrameElement>('view');
const status = $<HTMLParagraphElement>('status');
const drop = $<HTMLElement>('drop');
let name = 'pasted text';
let record: OgiRecord | undefined;

function csv(r: OgiRecord): string {
  const cell = (v: unknown) => {
    const s = v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${RECORD_KEYS.join(',')}\r\n${RECORD_KEYS.map((k) => cell((r as Record<string, unknown>)[k])).join(',')}\r\n`;
}

function download(text: string, type: string, ext: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = `${name.replace(/\.[^.]+$/, '') || 'record'}.${ext}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function render(): void {
  const text = input.value;
  if (!text.trim()) {
    record = undefined;
    view.srcdoc = '';
    status.textContent = 'Paste a report or drop a file.';
    return;
  }
  const report = parseReport(text);
  record = toRecord(report);
  const warnings = report.messages.filter((m) => m.severity !== 'info').length;
  status.textContent = `${name}: ${report.meta.kind.value}, ${report.meta.template?.value ?? 'no template'}, ${Object.keys(record).length} values, ${warnings} warning(s)`;
  view.srcdoc = renderReviewPage([{ name, text, report }]);
}

async function load(f: File): Promise<void> {
  name = f.name;
  const bytes = new Uint8Array(await f.arrayBuffer());
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    status.textContent = `${f.name}: PDF input is not read yet; paste the text of the PDF (pdftotext -layout) instead.`;
    return;
  }
  try {
    input.value = decodeBytes(bytes).text;
  } catch (error) {
    status.textContent = `${f.name}: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  render();
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  name = 'pasted text';
  clearTimeout(timer);
  timer = setTimeout(render, 250);
});
file.addEventListener('change', () => void (file.files?.[0] && load(file.files[0])));
for (const type of ['dragenter', 'dragover']) drop.addEventListener(type, (e) => (e.preventDefault(), drop.classList.add('over')));
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const f = (e as DragEvent).dataTransfer?.files[0];
  if (f) void load(f);
});
$('json').addEventListener('click', () => record && download(`${JSON.stringify(record, null, 2)}\n`, 'application/json', 'json'));
$('csv').addEventListener('click', () => record && download(csv(record), 'text/csv', 'csv'));
render();
