// Accessibility checks on the screen shown: axe-core's rules (read from node_modules,
// run through the DevTools protocol, so the app's CSP stays as shipped) and touch
// targets of at least 44 × 44 px.
import { readFileSync } from 'node:fs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** axe-core's violations on the page, one line each (rule, impact, first targets). */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      count: v.nodes.length,
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}, ${v.count}×): ${v.targets.join(' | ')}`);
}

/**
 * Controls smaller than 44 × 44 px: buttons, link-buttons, fields, the bottom bar, and
 * for a checkbox the label that carries it. Links inside running text are exempt, as in
 * WCAG 2.5.8.
 */
export async function smallTargets(page) {
  return page.evaluate(() => {
    const small = [];
    const seen = new Set();
    const check = (el, what) => {
      if (seen.has(el)) return;
      seen.add(el);
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) return; // hidden
      if (getComputedStyle(el).visibility === 'hidden') return;
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5) {
        small.push(`${what} "${(el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    };
    document.querySelectorAll('main button, main a.button, main select, nav a, header a, header button, .banner button')
      .forEach((el) => check(el, el.tagName.toLowerCase()));
    document.querySelectorAll('main input').forEach((el) => {
      if (el.type === 'checkbox' || el.type === 'radio') check(el.closest('label') ?? el, 'label');
      else if (el.type !== 'hidden') check(el, 'input');
    });
    return small;
  });
}
