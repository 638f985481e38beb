// One figure: runs `action`, prints "FIGURES label: N ms" for the issue notes and
// returns N. Shared by the figure scripts (measured, never asserted).
export async function timed(label, action) {
  const start = performance.now();
  await action();
  const ms = Math.round(performance.now() - start);
  console.log(`FIGURES ${label}: ${ms} ms`);
  return ms;
}
