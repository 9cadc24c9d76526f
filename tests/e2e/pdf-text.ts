import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, page by page. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

/** The size, in image pixels, of every picture painted on each page of a PDF, page by page. */
export async function pdfImages(bytes: Uint8Array): Promise<Array<Array<{ width: number; height: number }>>> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages: Array<Array<{ width: number; height: number }>> = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { fnArray, argsArray } = await (await pdf.getPage(n)).getOperatorList();
    pages.push(fnArray.flatMap((fn, i) => (fn === OPS.paintImageXObject ? [{ width: argsArray[i][1] as number, height: argsArray[i][2] as number }] : [])));
  }
  return pages;
}
