/**
 * Solve A x = b for a small dense square A (row-major, n×n) by Gaussian elimination with partial
 * pivoting (Golub & Van Loan, Matrix Computations, algorithm 3.4.1). Inputs are not modified.
 * Throws `singular matrix at column k` when a pivot vanishes relative to the matrix scale.
 */
export function solveLinear(A: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const n = b.length;
  if (A.length !== n * n) throw new Error(`solveLinear: matrix has ${A.length} entries, expected ${n}×${n}`);
  const M = Float64Array.from(A);
  const x = Float64Array.from(b);
  let scale = 0;
  for (let i = 0; i < M.length; i++) scale = Math.max(scale, Math.abs(M[i]));
  for (let k = 0; k < n; k++) {
    let piv = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i * n + k]) > Math.abs(M[piv * n + k])) piv = i;
    if (!(Math.abs(M[piv * n + k]) > 1e-13 * scale)) throw new Error(`singular matrix at column ${k}`);
    if (piv !== k) {
      for (let j = 0; j < n; j++) [M[k * n + j], M[piv * n + j]] = [M[piv * n + j], M[k * n + j]];
      [x[k], x[piv]] = [x[piv], x[k]];
    }
    for (let i = k + 1; i < n; i++) {
      const f = M[i * n + k] / M[k * n + k];
      if (f === 0) continue;
      for (let j = k; j < n; j++) M[i * n + j] -= f * M[k * n + j];
      x[i] -= f * x[k];
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    let acc = x[k];
    for (let j = k + 1; j < n; j++) acc -= M[k * n + j] * x[j];
    x[k] = acc / M[k * n + k];
  }
  return x;
}
