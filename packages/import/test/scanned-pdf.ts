/**
 * A PDF as a scanner makes it: each page one image, no text layer. Written by hand (a dozen lines of PDF syntax)
 * so the test needs no scanner, OCR-less converter or image tool on the machine.
 */
export function scannedPdf(pages = 2): Uint8Array {
  const side = 16;
  // A grey pattern: some ink on the page, as a scan has.
  const pixels = Array.from({ length: side * side }, (_, i) => String.fromCharCode(((i * 37) % 200) + 40)).join("");
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, p) => `${3 + p * 3} 0 R`).join(" ");
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let p = 0; p < pages; p++) {
    const page = 3 + p * 3;
    const content = "q 495 0 0 742 50 50 cm /Scan Do Q";
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan ${page + 1} 0 R >> >> /Contents ${page + 2} 0 R >>`);
    objects.push(`<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
