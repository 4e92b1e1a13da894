// Heavy libraries that only downloads and imports use (exceljs, pdfkit), loaded on first use: an
// idle server then does not hold them (about 40 MB of its resident memory, issue #14). Node caches
// the module after the first load, so later calls cost nothing.
import type ExcelJSModule from 'exceljs';
import type PDFKitModule from 'pdfkit';

export async function loadExcel(): Promise<typeof ExcelJSModule> {
  return (await import('exceljs')).default;
}

export async function loadPdfKit(): Promise<typeof PDFKitModule> {
  return (await import('pdfkit')).default;
}
