/**
 * The language server's connection over a pair of streams (standard input and output for
 * `beleid lsp`): vscode-languageserver's, with what arrives checked before the server sees
 * it. A request whose parameters are not as the protocol says (`checkParams.ts`) is answered
 * with InvalidParams (-32602), a notification is ignored with a log message, both in Dutch:
 * no handler meets `params: null` or a number for a text. A body that is not JSON is answered
 * with a parse error (-32700), as JSON-RPC says, and the next message is read. A header the
 * reader cannot follow (`Content-Length: abc`) leaves no way to tell where the next message
 * begins (vscode-jsonrpc's reader stops reading at that point): the server says so on
 * standard error and stops, so the editor sees it end instead of waiting for answers. So does
 * a length above what any message about a policy can need (`MAX_MESSAGE_BYTES`): the reader
 * would otherwise wait for ever for a body that never comes; and a negative length. A handler that fails anyway is
 * reported in Dutch as an internal error.
 */

import type { Readable, Writable } from "node:stream";
import {
  createConnection,
  ErrorCodes,
  LogMessageNotification,
  Message,
  MessageType,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Disposable,
  type NotificationMessage,
  type RequestMessage,
  type ResponseMessage,
} from "vscode-languageserver/node";
import { DEFAULT_MAX_FILE_BYTES } from "../load/loadPolicy.js";
import { paramsProblem } from "./checkParams.js";

export interface ConnectionOptions {
  /** Where the server says that it cannot read on (standard error). */
  readonly stderr: (text: string) => void;
  /** Ends the server (process.exit) after a header it cannot follow. */
  readonly exit: (code: number) => void;
  /** BELEID_DEBUG=1: an internal error's own (English) message is added to the Dutch one. */
  readonly debug?: boolean;
}

/** The message of an internal error in the server, as the CLI says it (bin/cli/program.ts). */
export const internalErrorMessage = (what: string): string =>
  `Interne fout in de taalserver van beleid bij ${what}: dit is een fout in het programma, niet in uw beleid. Meld het alstublieft.`;

/**
 * A handler that failed is reported by vscode-jsonrpc in English ("Request textDocument/hover
 * failed with message: Cannot read properties of undefined"): an answer with InternalError, or
 * a log message for a notification. The writer says it in Dutch, with the library's words only
 * with BELEID_DEBUG=1.
 */
function inDutch(message: Message, debug: boolean): Message {
  const detail = (english: string) => (debug ? ` (${english})` : "");
  if (Message.isResponse(message) && message.error?.code === ErrorCodes.InternalError) {
    const request = /^Request (\S+) failed (?:with message: |unexpectedly)/s.exec(message.error.message);
    if (request) return { ...message, error: { ...message.error, message: internalErrorMessage(`de vraag ‘${request[1]}’`) + detail(message.error.message) } } as ResponseMessage;
  }
  if (Message.isNotification(message) && message.method === LogMessageNotification.method) {
    const params = message.params as { type: MessageType; message: string };
    const notification = /^Notification handler '([^']+)' failed/.exec(params.message);
    if (notification) return { ...message, params: { ...params, message: internalErrorMessage(`de mededeling ‘${notification[1]}’`) + detail(params.message) } } as NotificationMessage;
  }
  return message;
}

/** A writer that says the library's reports of failed handlers in Dutch. */
class DutchMessageWriter extends StreamMessageWriter {
  constructor(
    writable: Writable,
    private readonly debug: boolean,
  ) {
    super(writable);
  }

  override write(message: Message): Promise<void> {
    return super.write(inDutch(message, this.debug));
  }
}

/**
 * The largest message body the server reads, in bytes. The largest message is one that carries
 * a whole policy (didOpen, didChange), at most 5 MB (DEFAULT_MAX_FILE_BYTES, BL010 above it). In
 * JSON one byte of text can take up to six (a control character as `\u001f`; a line end takes
 * two, a character outside ASCII written as `\uXXXX` two to three times its UTF-8 bytes), plus
 * room for the rest of the message: so a policy of any size the load stage accepts, or just too
 * large for it (which it then tells as BL010), still arrives.
 */
export const MAX_MESSAGE_BYTES = 6 * DEFAULT_MAX_FILE_BYTES + 1024 * 1024;

/** The header gives a length above MAX_MESSAGE_BYTES (`Content-Length: 99999999999`). */
class MessageTooLargeError extends Error {
  constructor(readonly length: string) {
    super(`Content-Length value too large. Got ${length}`);
  }
}

/** The part of vscode-jsonrpc's (private) message buffer the reader wraps. */
interface HeaderBuffer {
  tryReadHeaders(lowerCaseKeys?: boolean): Map<string, string> | undefined;
}

/**
 * A reader that passes on only the messages `admit` lets through, and refuses a length above
 * MAX_MESSAGE_BYTES. The library reads the headers from its buffer (`tryReadHeaders`) and then
 * waits for as many bytes as they say, without a limit; the check wraps that one method of the
 * buffer (vscode-jsonrpc 10). After a refused length nothing more is read: where the next
 * message begins is unknown.
 */
class CheckedMessageReader extends StreamMessageReader {
  private refused = false;

  constructor(
    readable: Readable,
    private readonly admit: (message: Message) => boolean,
  ) {
    super(readable);
    const buffer = (this as unknown as { buffer?: Partial<HeaderBuffer> }).buffer;
    // Should a later vscode-jsonrpc keep its buffer otherwise, the server still starts, without
    // the limit (test/lsp/editorInputLimits.test.ts then fails on the huge length, not every test).
    if (buffer === undefined || typeof buffer.tryReadHeaders !== "function") return;
    const readHeaders = buffer.tryReadHeaders.bind(buffer) as HeaderBuffer["tryReadHeaders"];
    buffer.tryReadHeaders = (lowerCaseKeys) => {
      if (this.refused) return undefined;
      const headers = readHeaders(lowerCaseKeys);
      const length = headers?.get("content-length");
      const bytes = length === undefined ? undefined : Number.parseInt(length, 10);
      if (length !== undefined && bytes !== undefined && (bytes > MAX_MESSAGE_BYTES || bytes < 0)) {
        this.refused = true;
        this.fireError(bytes < 0 ? new NegativeLengthError(length.trim()) : new MessageTooLargeError(length.trim()));
        return undefined;
      }
      return headers;
    };
  }

  override listen(callback: DataCallback): Disposable {
    return super.listen((message) => {
      if (this.admit(message)) callback(message);
    });
  }
}

/** The header gives a negative length (`Content-Length: -5`), which vscode-jsonrpc would take. */
class NegativeLengthError extends Error {
  constructor(readonly length: string) {
    super(`Content-Length value is negative. Got ${length}`);
  }
}

/** vscode-jsonrpc's message for a header it cannot follow -> what is wrong, in Dutch. */
function headerProblem(error: Error): string {
  if (error instanceof NegativeLengthError) return `de kopregel Content-Length geeft geen lengte in bytes maar ‘${error.length}’`;
  if (error instanceof MessageTooLargeError) {
    return `de kopregel Content-Length geeft een lengte van ${error.length} bytes, meer dan de ${MAX_MESSAGE_BYTES} bytes die een bericht over een beleidsbestand (van ten hoogste 5 MB) kan nodig hebben`;
  }
  const message = error.message;
  const length = /^Content-Length value must be a number\. Got (.*)$/s.exec(message)?.[1];
  if (length !== undefined) return `de kopregel Content-Length geeft geen lengte in bytes maar ‘${length.trim()}’`;
  if (/^Header must provide a Content-Length property/.test(message)) return "een bericht heeft geen kopregel Content-Length";
  if (/must separate key and value using ':'/.test(message)) return "een kopregel van een bericht heeft geen ‘:’ tussen naam en waarde";
  return "de kopregels van een bericht zijn niet te lezen";
}

export function createServerConnection(input: Readable, output: Writable, options: ConnectionOptions): Connection {
  const writer = new DutchMessageWriter(output, options.debug ?? false);
  const answer = (response: ResponseMessage) => void writer.write(response).catch(() => undefined);
  const log = (message: string) => {
    const notification: NotificationMessage = { jsonrpc: "2.0", method: LogMessageNotification.method, params: { type: MessageType.Warning, message } };
    void writer.write(notification).catch(() => undefined);
  };

  const admit = (message: Message): boolean => {
    if (Message.isResponse(message)) return true;
    const isRequest = Message.isRequest(message);
    if (!isRequest && !Message.isNotification(message)) {
      // Valid JSON, but no request, notification or answer (`{}`, `5`): JSON-RPC's invalid request.
      const id = typeof message === "object" && message !== null && "id" in message ? (message as { id: unknown }).id : undefined;
      if (typeof id === "number" || typeof id === "string") {
        answer({ jsonrpc: "2.0", id, error: { code: ErrorCodes.InvalidRequest, message: "Dit bericht is geen vraag of mededeling volgens JSON-RPC: het heeft geen ‘method’ (een tekst)." } });
      } else log("De taalserver van beleid heeft een bericht overgeslagen dat geen vraag, mededeling of antwoord volgens JSON-RPC is.");
      return false;
    }
    const { method, params } = message as RequestMessage | NotificationMessage;
    const problem = paramsProblem(method, params);
    if (problem === undefined) return true;
    if (isRequest) {
      answer({ jsonrpc: "2.0", id: (message as RequestMessage).id, error: { code: ErrorCodes.InvalidParams, message: `De vraag ‘${method}’ heeft ongeldige parameters: ${problem}.` } });
    } else {
      log(`De taalserver van beleid heeft de mededeling ‘${method}’ genegeerd: ${problem}.`);
    }
    return false;
  };

  const reader = new CheckedMessageReader(input, admit);
  reader.onError((error) => {
    if (error instanceof SyntaxError) {
      // The header gave the length, so the next message is found; only this one is lost.
      options.stderr("beleid lsp: een bericht van de editor is geen geldige JSON en is overgeslagen.\n");
      answer({ jsonrpc: "2.0", id: null, error: { code: ErrorCodes.ParseError, message: "Dit bericht is geen geldige JSON; de taalserver heeft het overgeslagen." } });
      return;
    }
    options.stderr(
      `beleid lsp: de taalserver kan de berichten van de editor niet verder lezen: ${headerProblem(error)}. ` +
        "Waar het volgende bericht begint, is daardoor niet te zien; de taalserver stopt. Start hem opnieuw vanuit de editor.\n",
    );
    // After the messages read before the header have been answered (on later turns of the event loop).
    setTimeout(() => options.exit(1), 100);
  });
  return createConnection(reader, writer);
}
