import { logHyp2f1 } from './logHyp2f1';
import type { ParetoNbdParams } from './types';

const h = new Float64Array(4);

/**
 * ln F(y) for the Pareto/NBD, where A₀ = F(t_x) - F(T) (Fader & Hardie, "A Note on Deriving the
 * Pareto/NBD Model and Related Expressions", 2005, http://brucehardie.com/notes/009/):
 * F(y) = ₂F₁(r+s+x, s+1; r+s+x+1; (α-β)/(α+y)) / (α+y)^{r+s+x} when α >= β, and
 * F(y) = ₂F₁(r+s+x, r+x; r+s+x+1; (β-α)/(β+y)) / (β+y)^{r+s+x} when α < β.
 * The branch keeps z in [0, 1) with positive series terms, and the power stays in log space.
 * With `grad`, writes ∂ ln F/∂(r, α, s, β) into grad[0..3] by the chain rule through ₂F₁.
 */
export function paretoNbdLogF(p: ParetoNbdParams, x: number, y: number, grad?: { [i: number]: number }): number {
  const { r, alpha, s, beta } = p;
  const a = r + s + x;
  if (alpha >= beta) {
    const ay = alpha + y;
    const la = Math.log(ay);
    const v = logHyp2f1(a, s + 1, a + 1, (alpha - beta) / ay, grad && h) - a * la;
    if (grad) {
      // a and c = a+1 move with r and s; b = s+1 with s; z = (α-β)/(α+y).
      grad[0] = h[0] + h[2] - la;
      grad[1] = (h[3] * (beta + y)) / (ay * ay) - a / ay;
      grad[2] = h[0] + h[1] + h[2] - la;
      grad[3] = -h[3] / ay;
    }
    return v;
  }
  const by = beta + y;
  const lb = Math.log(by);
  const v = logHyp2f1(a, r + x, a + 1, (beta - alpha) / by, grad && h) - a * lb;
  if (grad) {
    // b = r+x moves with r; z = (β-α)/(β+y).
    grad[0] = h[0] + h[1] + h[2] - lb;
    grad[1] = -h[3] / by;
    grad[2] = h[0] + h[2] - lb;
    grad[3] = (h[3] * (alpha + y)) / (by * by) - a / by;
  }
  return v;
}
