/**
 * The page's side of the validation worker. At most one request is in flight: changes made meanwhile are
 * coalesced into one follow-up request with the latest texts, and an answer for texts that have changed
 * since is dropped (its ranges would point at text no longer there). Typing never waits for validation.
 */
import type { ValidationRequest, ValidationResponse } from "./protocol.js";
import ValidationWorker from "./validate.worker.ts?worker";

export type ValidationResult = Extract<ValidationResponse, { reports: unknown }>;

export class ValidationClient {
  #worker = new ValidationWorker();
  #inFlight = false;
  #pending: ValidationRequest["documents"] | null = null;

  constructor(onresult: (result: ValidationResult) => void, onerror: (message: string) => void) {
    this.#worker.onmessage = (event: MessageEvent<ValidationResponse>) => {
      this.#inFlight = false;
      if (this.#pending) return this.#send();
      if ("error" in event.data) onerror(event.data.error);
      else onresult(event.data);
    };
    this.#worker.onerror = (event) => {
      this.#inFlight = false;
      onerror(event.message);
    };
  }

  validate(documents: ValidationRequest["documents"]): void {
    this.#pending = documents;
    if (!this.#inFlight) this.#send();
  }

  #send(): void {
    const documents = this.#pending!;
    this.#pending = null;
    this.#inFlight = true;
    this.#worker.postMessage({ documents } satisfies ValidationRequest);
  }

  dispose(): void {
    this.#worker.terminate();
  }
}
