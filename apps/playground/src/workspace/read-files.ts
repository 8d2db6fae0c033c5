/**
 * Reading what the user drops or picks (files, or folders through the File System entries API) into
 * paths and bytes. Nothing is uploaded: the bytes stay in this page.
 */
import type { PickedFile } from "./files.js";

async function fileBytes(file: File, path: string): Promise<PickedFile> {
  return { path, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function directoryEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns the listing in batches until it returns an empty one.
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) return resolve(all);
        all.push(...batch);
        next();
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, prefix: string, out: PickedFile[]): Promise<void> {
  const path = prefix + entry.name;
  if (entry.isFile) {
    out.push(await fileBytes(await entryFile(entry as FileSystemFileEntry), path));
  } else if (entry.isDirectory) {
    for (const child of await directoryEntries(entry as FileSystemDirectoryEntry)) {
      await walk(child, `${path}/`, out);
    }
  }
}

/** Files and folders of a drop, folders walked recursively. */
export async function readDataTransfer(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === "file")
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return readFileList(transfer.files);
  const out: PickedFile[] = [];
  for (const entry of entries) await walk(entry, "", out);
  return out;
}

/** Files from an <input type="file">; with `webkitdirectory` their relative paths keep the folder structure. */
export function readFileList(files: FileList): Promise<PickedFile[]> {
  return Promise.all([...files].map((file) => fileBytes(file, file.webkitRelativePath || file.name)));
}
