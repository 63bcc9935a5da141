// WCAG 2 contrast of the visible text on screen: each text's colour against the first opaque
// background behind it. Returns the texts below AA (4.5:1, or 3:1 for large text).
function lum(c) {
  const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function rgba(s) { const m = s.match(/[\d.]+/g) || []; return [+m[0], +m[1], +m[2], m[3] === undefined ? 1 : +m[3]]; }
function background(el) {
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0.5) return c;
  }
  return [255, 255, 255, 1];
}
const failures = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  if (!node.textContent.trim()) continue;
  const el = node.parentElement;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  if (style.visibility === 'hidden' || style.display === 'none' || rect.width === 0 || el.closest('[aria-hidden="true"]') || el.disabled || el.closest(':disabled')) continue;
  if (rect.bottom < 0 || rect.top > innerHeight) continue;
  const fg = rgba(style.color), bg = background(el);
  const a = fg[3];
  const mixed = [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a));
  const l1 = lum(mixed), l2 = lum(bg);
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
  const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
  if (ratio < need) failures.push(`${ratio.toFixed(2)} < ${need}: "${node.textContent.trim().slice(0, 30)}" (${style.color} on rgb(${bg.slice(0,3)}))`);
}
return failures;
