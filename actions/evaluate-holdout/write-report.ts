import { writeReportFiles, type ReportFiles as Files } from '../shared/report/report-files.js';
import { htmlReport } from './html-report.js';
import { toJson, type EvaluationReport } from './report-model.js';
import { summaryMarkdown } from './summary-markdown.js';

export interface ReportFiles extends Files {
  /** The summary's markdown, reused for the job summary and the PR comment. */
  readonly summary: string;
}

/** Writes report.json, summary.md and report.html into the report folder. */
export async function writeReport(report: EvaluationReport, directory: string): Promise<ReportFiles> {
  const summary = summaryMarkdown(report);
  const files = await writeReportFiles(directory, {
    json: toJson(report),
    markdown: summary,
    html: htmlReport(report),
  });
  return { ...files, summary };
}
