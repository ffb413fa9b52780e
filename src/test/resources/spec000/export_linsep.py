"""Exports spec 000 E-LS's pilot data for LinSepRelationsTest (run from this folder):
    python3 export_linsep.py ../../../../../shared/specs/seed-000-ewn-pilot
Writes linsep-seed0.csv: the 4 training points (x1, x2, y), the hidden layer W1 (8 x 2) and the output row a,
exactly as run_linsep.py draws them for seed 0, and prints, per scheme, the pilot's steps, final ln L, the
invariant spreads and min cos(w_u, -grad_u) over the growing neurons, and the normalised margin."""
import sys
import numpy as np
sys.path.insert(0, sys.argv[1])
from toy import Net, train

rng = np.random.default_rng(0)
lo, hi = rng.uniform(1, 1.5), rng.uniform(1.5, 2)
X = np.array([[1, 1], rng.uniform(lo, hi, 2), [-1, 1], -rng.uniform(lo, hi, 2)])
y = np.array([-1., -1., 1., 1.])
W1 = rng.uniform(-1 / np.sqrt(2), 1 / np.sqrt(2), (8, 2))
a = rng.uniform(-1 / np.sqrt(8), 1 / np.sqrt(8), 8)
with open('linsep-seed0.csv', 'w') as out:
    for point, label in zip(X, y):
        out.write('points,%.17g,%.17g,%.17g\n' % (point[0], point[1], label))
    for row in W1:
        out.write('W1,' + ','.join('%.17g' % v for v in row) + '\n')
    out.write('W2,' + ','.join('%.17g' % v for v in a) + '\n')
for norm in ['ewn', 'swn']:
    net = Net(W1, a, True, norm, np.float64)
    steps, logL, hist = train(net, X, y, 'relusq', 30, 0.01, 0.01, 300, 200000, log_every=1)
    t, lL, norms, gnorms, coss, k = hist[-1]
    wn = np.r_[norms[0], norms[1]]; gn = np.r_[gnorms[0], gnorms[1]]; cs = np.r_[coss[0], coss[1]]
    grow = wn / np.r_[hist[0][2][0], hist[0][2][1]] >= 3
    p, q = wn[grow] * gn[grow], wn[grow] / gn[grow]
    Ws = net.eff(); f = np.maximum(X @ Ws[0].T, 0) ** 2 @ Ws[1][0]
    theta = np.sqrt(sum((W ** 2).sum() for W in Ws))
    print(norm, steps, repr(logL), np.where(grow)[0].tolist(), repr(p.max() / p.min()), repr(q.max() / q.min()),
          repr(-cs[grow].max()), repr((y * f).min() / theta ** 3))
