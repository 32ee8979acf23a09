#!/usr/bin/env bash
# Opens the Word report `khung report` writes in Debian's LibreOffice (headless), converts it to
# PDF and checks what a reader would see: a plausible page count, and the PDF's text holding the
# title, the agency, a component, every finding's component and rule, a citation, and a hostile
# name as plain text. Page 1 is kept as target/report/page-1.png for a look.
# Usage: scripts/test-report.sh   (needs soffice, pdfinfo, pdftotext, pdftoppm: setup.sh --browser)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in soffice pdfinfo pdftotext pdftoppm; do
  command -v "$tool" >/dev/null || { echo "test-report: $tool is missing; run scripts/setup.sh --browser"; exit 1; }
done
out=target/report
mkdir -p "$out"
rm -f "$out"/lam-dong.docx "$out"/lam-dong.pdf "$out"/page-1.png
fixture=model/tests/data/report/lam-dong.json
cargo build -q -p model --bin khung --locked
khung=target/debug/khung
day=2026-11-29
"$khung" report "$fixture" --format docx --date "$day" -o "$out/lam-dong.docx"
"$khung" check "$fixture" --format json --date "$day" > "$out/lam-dong.check.json" || [ $? = 1 ]

# A profile of our own, so a desktop LibreOffice of the user's is neither used nor locked.
profile="$PWD/$out/lo-profile"
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" \
  "$out/lam-dong.docx" > "$out/soffice.log" 2>&1 || { cat "$out/soffice.log"; exit 1; }
[ -s "$out/lam-dong.pdf" ] || { cat "$out/soffice.log"; echo "test-report: no PDF"; exit 1; }

pages=$(pdfinfo "$out/lam-dong.pdf" | awk '/^Pages:/{print $2}')
pdftotext "$out/lam-dong.pdf" "$out/lam-dong.txt"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$out/lam-dong.pdf" "$out/page-1"

node - "$fixture" "$out/lam-dong.check.json" "$out/lam-dong.txt" "$pages" <<'EOF'
const fs = require('node:fs');
const [fixture, check, txt, pages] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(fixture, 'utf8'));
const found = JSON.parse(fs.readFileSync(check, 'utf8')).findings;
const squash = (s) => s.normalize('NFC').replace(/[\s-]+/g, '');
const text = squash(fs.readFileSync(txt, 'utf8'));
const fail = [];
const want = (what, s) => { if (!text.includes(squash(s))) fail.push(`${what}: ${s}`); };
want('title (upper-cased on the cover)', doc.title.toUpperCase());
want('title', doc.title);
want('agency', doc.agency);
for (const c of doc.components) want('component', c.name);
if (found.length === 0) fail.push('the fixture should have findings');
for (const f of found) {
  if (f.component) want('finding component', f.component);
  want('finding rule', f.rule);
  want('finding citation', f.source);
}
want('the catalogue on the title page', '1132/QĐ-TTg ngày 24/6/2026');
want('a hostile name as text', "<script>alert('x')</script> ]]> &amp; Hệ thống «lạ»");
want('an exemption justification', 'Xử lý văn bản mật theo Luật Bảo vệ bí mật nhà nước.');
want('the appendix', 'Văn bản được trích dẫn');
const n = Number(pages);
// A provincial framework of about 40 components fills some 15-30 A4 pages; far fewer means
// content went missing, far more means tables or the picture broke the layout.
if (!(n >= 10 && n <= 40)) fail.push(`page count ${n} is not within 10-40`);
if (fail.length) { console.error('test-report: the PDF lacks\n  ' + fail.join('\n  ')); process.exit(1); }
console.log(`test-report: ${n} pages; title, agency, ${doc.components.length} components, ${found.length} findings with their citations found in the PDF; page 1 in target/report/page-1.png`);
EOF
