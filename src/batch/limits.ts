/** The input size limit, apart from the parser: the CLI's main thread checks it without loading the parser. */

// Real reports are well under 1 MB; a file far larger is not a report and would only cost memory.
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
