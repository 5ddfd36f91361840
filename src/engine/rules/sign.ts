/** SIGN: full points when x > 0, else 0. */
import type { Kit } from "../kit";

export function scoreSign<N>(max: N, x: N, k: Kit<N>): N {
  return k.gt(x, k.c(0)) ? max : k.c(0);
}
