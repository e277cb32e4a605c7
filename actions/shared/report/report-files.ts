import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The three files every action writes into its report folder (see DESIGN.md, "Reports"). */
export interface ReportFiles {
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
}

export interface ReportContents {
  /** report.json, already serialised. */
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
}

/** Writes report.json, summary.md and report.html into `directory` (created when missing). */
export async function writeReportFiles(directory: string, contents: ReportContents): Promise<ReportFiles> {
  await mkdir(directory, { recursive: true });
  const files = {
    json: path.join(directory, 'report.json'),
    markdown: path.join(directory, 'summary.md'),
    html: path.join(directory, 'report.html'),
  };
  await writeFile(files.json, contents.json.endsWith('\n') ? contents.json : `${contents.json}\n`);
  await writeFile(files.markdown, contents.markdown);
  await writeFile(files.html, contents.html);
  return files;
}
