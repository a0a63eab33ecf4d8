// Files the user opens or drops: a scenario YAML file, or the files of a results folder.

/** What was opened: one scenario file, or results folder files by base name. */
export type OpenedFiles = { kind: 'scenario'; file: string; source: string } | { kind: 'results'; files: Map<string, string> } | { kind: 'none' };

/** Sorts opened files: a .yaml/.yml file is a scenario; .json/.csv files are a results folder's (sub-folders ignored). */
export async function readOpenedFiles(list: Iterable<File>): Promise<OpenedFiles> {
  const all = [...list];
  const yaml = all.find((f) => /\.ya?ml$/i.test(f.name));
  if (yaml && all.length === 1) return { kind: 'scenario', file: yaml.name, source: await yaml.text() };
  const files = new Map<string, string>();
  for (const file of all) {
    const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath ?? '';
    const depth = relative.split('/').length;
    if (depth > 2) continue;
    if (/\.(json|csv)$/i.test(file.name)) files.set(file.name, await file.text());
  }
  if (files.size > 0) return { kind: 'results', files };
  if (yaml) return { kind: 'scenario', file: yaml.name, source: await yaml.text() };
  return { kind: 'none' };
}

/** Calls `onFiles` with whatever is dropped anywhere on the page; shows a drop hint while dragging. */
export function installDropZone(doc: Document, onFiles: (files: File[]) => void): void {
  let depth = 0;
  doc.addEventListener('dragenter', (event) => {
    event.preventDefault();
    depth++;
    doc.body.classList.add('dragging');
  });
  doc.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) doc.body.classList.remove('dragging');
  });
  doc.addEventListener('dragover', (event) => event.preventDefault());
  doc.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    doc.body.classList.remove('dragging');
    const items = [...(event.dataTransfer?.items ?? [])];
    const folder = items.map((item) => item.webkitGetAsEntry?.()).find((entry) => entry?.isDirectory) as FileSystemDirectoryEntry | undefined;
    if (folder) void folderFiles(folder).then(onFiles);
    else onFiles([...(event.dataTransfer?.files ?? [])]);
  });
}

/** The files directly inside a dropped folder (a results folder has no sub-folders worth reading). */
async function folderFiles(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const entries = await new Promise<FileSystemEntry[]>((resolve, reject) => folder.createReader().readEntries(resolve, reject));
  const files = entries.filter((e): e is FileSystemFileEntry => e.isFile);
  return Promise.all(files.map((entry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject))));
}
