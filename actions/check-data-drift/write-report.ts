import { writeReportFiles, type ReportFiles } from '../shared/report/report-files.js';
import { htmlReport } from './html-report.js';
import { type DriftReport, toJson } from './report-model.js';
import { summaryMarkdown } from './summary-markdown.js';

export type { ReportFiles };

/** Writes report.json, summary.md and report.html into `dir` (created when missing). */
export function writeReport(report: DriftReport, dir: string): Promise<ReportFiles> {
  return writeReportFiles(dir, { json: toJson(report), markdown: summaryMarkdown(report), html: htmlReport(report) });
}
