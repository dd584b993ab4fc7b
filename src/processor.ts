/**
 * The unified assembly: a parser (text or HTML → report tree), a transformer (rules, refiners, milestones) and a
 * compiler (→ typed Report, on `file.result`). Available to those who compose unified pipelines; `parseReport`
 * is the plain-object entry point.
 */
import { type Processor, unified } from 'unified';
import type { VFile } from 'vfile';
import { BUDGET_LIMITS, Budget, countTags } from './budget.js';
import { compileReport } from './engine/compile-report.js';
import { DocumentView } from './engine/document-view.js';
import { type Extraction, extract } from './engine/extract.js';
import type { Format } from './engine/format.js';
import { MESSAGE_CODES, MessageSink, fromVFileMessage } from './engine/messages.js';
import { OgiError } from './errors.js';
import { builtInFormats } from './formats/index.js';
import type { Report } from './schema/report.js';
import { treeFromHtml } from './tree/from-html.js';
import { treeFromText } from './tree/from-text.js';
import { blankMarkup } from './tree/blank-markup.js';
import { type Locator, createLocator } from './tree/positions.js';
import { sniffInputType } from './tree/sniff.js';
import type { Root } from './tree/types.js';

declare module 'unified' {
  interface CompileResultMap {
    Report: Report;
  }
}

/** A front-end that builds the report tree of a text itself (the PDF reader: its tables come from ruling lines). */
export type TreeFront = (document: string, locate: Locator, budget: Budget) => Root;

declare module 'vfile' {
  interface DataMap {
    /** Set by a caller that builds the tree itself; the text is then read as `text` by it, not sniffed. */
    ogiFront?: TreeFront;
    /** Set by a caller that reads only the compiled report (parseReport): no message is written to the vfile. */
    ogiReportOnly?: boolean;
    ogi: {
      inputType: 'text' | 'html';
      locate: Locator;
      /** The document's resource budget, from the tree builder (cells, grid slots) to the rules and messages. */
      budget: Budget;
      doc?: DocumentView;
      messages?: MessageSink;
      /** Set when the HTML could not be built into a tree and was read with its markup blanked. */
      htmlFallback?: string;
      extraction?: Extraction;
    };
  }
}

/** Options of `parseReport` and `createProcessor`. */
export interface ParseOptions {
  /** How to read the input: sniffed by default. */
  readonly input?: 'auto' | 'text' | 'html';
  /** Candidate formats, in order of preference on a tie (default: the built-in formats). */
  readonly formats?: readonly Format[];
  /** Force a format, by id (looked up in `formats`) or as a format object. */
  readonly format?: string | Format;
  /** Keep month-day dates without a year (7月13日), taking the year from the document. Default false. */
  readonly resolveYearlessDates?: boolean;
  /**
   * Check the compiled report against its zod schema (`Report`) and throw `internal.invalid-report` when it does
   * not match. Default false: the engine builds reports of that shape by construction and the test suite checks
   * every fixture; turn it on when you plug in your own formats or refiners and want the guarantee at run time.
   */
  readonly validate?: boolean;
}

function resolveForced(options: ParseOptions, formats: readonly Format[]): Format | undefined {
  if (options.format === undefined) return undefined;
  if (typeof options.format !== 'string') return options.format;
  const found = formats.find((f) => f.id === options.format);
  if (!found) {
    throw new OgiError(
      'format.unknown',
      `unknown format "${options.format}"; known: ${formats.map((f) => f.id).join(', ')}`,
    );
  }
  return found;
}

/** The unified processor for one configuration. */
export function createProcessor(options: ParseOptions = {}): Processor<Root, Root, Root, Root, Report> {
  const formats = options.formats ?? builtInFormats;
  const forced = resolveForced(options, formats);

  function ogiParse(this: Processor): void {
    this.parser = (document: string, file: VFile): Root => {
      const front = file.data.ogiFront;
      const inputType = front ? 'text' : options.input && options.input !== 'auto' ? options.input : sniffInputType(document);
      const locate = createLocator(document);
      const budget = new Budget();
      file.data.ogi = { inputType, locate, budget };
      if (front) return front(document, locate, budget);
      if (inputType === 'text') return treeFromText(document, locate, budget);
      // The HTML tree costs about a kilobyte per tag: a page of millions of tags is read as text instead.
      if (!budget.take('tags', countTags(document))) return treeFromText(blankMarkup(document), locate, budget);
      try {
        return treeFromHtml(document, locate, budget);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        // Pathologically deep nesting exhausts the HTML parser's stack: read the words where they stand instead.
        file.data.ogi.htmlFallback = error.message;
        return treeFromText(blankMarkup(document), locate, budget);
      }
    };
  }

  function ogiExtract() {
    return (tree: Root, file: VFile): void => {
      const state = file.data.ogi!;
      const input = String(file.value);
      const doc = new DocumentView(tree, input, state.locate);
      const messages = new MessageSink(file, state.locate, state.budget, file.data.ogiReportOnly !== true);
      state.messages = messages;
      if (input.trim().length === 0) messages.warn(MESSAGE_CODES.inputEmpty, 'the input is empty: nothing to read');
      if (state.htmlFallback) {
        messages.warn(MESSAGE_CODES.htmlFallback, `the HTML could not be parsed into a tree (${state.htmlFallback}); read as text with markup blanked, tables not read`);
      }
      state.doc = doc;
      state.extraction = extract(doc, messages, {
        formats,
        ...(forced ? { forced } : {}),
        resolveYearlessDates: options.resolveYearlessDates ?? false,
      });
      for (const resource of state.budget.exceeded()) {
        messages.warn(
          MESSAGE_CODES.budgetExceeded,
          `the document needs more ${resource} than one document may use (${BUDGET_LIMITS[resource]}); the rest was left out`,
          { actual: resource, expected: [String(BUDGET_LIMITS[resource])] },
        );
      }
    };
  }

  function ogiCompile(this: Processor): void {
    this.compiler = (_tree, file: VFile): Report => {
      const state = file.data.ogi!;
      const sink = state.messages!;
      // A pipeline's own plugins may have written messages of their own to the vfile: the report lists them all.
      const messages = sink.toFile ? file.messages.map(fromVFileMessage) : sink.messages;
      return compileReport(state.doc!, state.extraction!, messages, state.inputType, options.validate ?? false);
    };
  }

  return unified().use(ogiParse).use(ogiExtract).use(ogiCompile) as unknown as Processor<Root, Root, Root, Root, Report>;
}
