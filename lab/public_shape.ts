// Shape helpers students may call directly.
import { broadcastShapes as bs } from "./shape";
import { guard } from "./withheld";

/** The shape NumPy's broadcasting rules give for these shapes (throws a ShapeError if they clash). */
export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  guard("broadcastShapes");
  let out: number[] = [];
  for (const s of shapes) out = bs(out, s, "np.broadcastShapes");
  return out;
}
