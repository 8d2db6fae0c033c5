/**
 * The open workspace: its documents (one editor tab each) and which one is shown. Reactive state only;
 * what the documents mean comes from the core (see workers/).
 */
import { newDocumentId, uniqueName, type WorkspaceDocument, type WorkspaceSnapshot } from "./documents.js";

export class Workspace {
  documents = $state<WorkspaceDocument[]>([]);
  activeId = $state("");

  readonly active = $derived(this.documents.find((document) => document.id === this.activeId));

  constructor(snapshot: WorkspaceSnapshot) {
    this.replace(snapshot);
  }

  /** Replaces every document (an example, a share link). */
  replace(snapshot: WorkspaceSnapshot): void {
    this.documents = snapshot.documents.map((document) => ({ id: newDocumentId(), ...document }));
    this.activeId = this.documents[snapshot.active]?.id ?? this.documents[0]?.id ?? "";
  }

  /** Adds documents under names not yet taken and shows the first of them; returns their ids. */
  add(documents: ReadonlyArray<{ name: string; text: string }>): string[] {
    const ids: string[] = [];
    for (const { name, text } of documents) {
      const document = {
        id: newDocumentId(),
        name: uniqueName(
          name,
          this.documents.map((open) => open.name),
        ),
        text,
      };
      this.documents.push(document);
      ids.push(document.id);
    }
    if (ids[0]) this.activeId = ids[0];
    return ids;
  }

  remove(id: string): void {
    const position = this.documents.findIndex((document) => document.id === id);
    if (position < 0) return;
    this.documents.splice(position, 1);
    if (this.activeId === id) {
      this.activeId = this.documents[Math.min(position, this.documents.length - 1)]?.id ?? "";
    }
  }

  rename(id: string, name: string): void {
    const document = this.documents.find((open) => open.id === id);
    if (!document || !name.trim() || name === document.name) return;
    document.name = uniqueName(
      name.trim(),
      this.documents.filter((open) => open.id !== id).map((open) => open.name),
    );
  }

  setText(id: string, text: string): void {
    const document = this.documents.find((open) => open.id === id);
    if (document && document.text !== text) document.text = text;
  }

  snapshot(): WorkspaceSnapshot {
    return {
      documents: this.documents.map(({ name, text }) => ({ name, text })),
      active: Math.max(
        this.documents.findIndex((document) => document.id === this.activeId),
        0,
      ),
    };
  }
}
