"""Exports spec 000 E-CR's pilot data for DepthConvergenceTest (run from this folder):
    python3 export_depth.py ../../../../../shared/specs/seed-000-ewn-pilot
Writes depth-seed0.csv: the 20 points (x1, x2, y), then w_init, then the rows of the hidden layers W1 (100 x 2),
W2, W3 (100 x 100), exactly as run_depth.py draws them for seed 0, and prints the final summed logistic loss
after 5000 GD steps (eta = 0.001) of every depth and scheme with full precision."""
import sys
import numpy as np
sys.path.insert(0, sys.argv[1])
from mlp import MLP, bin_logloss, bin_grad_rel

rng = np.random.default_rng(0)
X = np.vstack([[1, 1], rng.uniform(1.5, 2, (9, 2)), [-1, 1], -rng.uniform(1.5, 2, (9, 2))])
y = np.r_[-np.ones(10), np.ones(10)]
w_init = rng.normal(size=2)
width = 100
hidden = [rng.uniform(-1 / np.sqrt(2), 1 / np.sqrt(2), (width, 2))] + [rng.uniform(-0.1, 0.1, (width, width))
                                                                        for _ in range(2)]
with open('depth-seed0.csv', 'w') as out:
    for point, label in zip(X, y):
        out.write('points,%.17g,%.17g,%.17g\n' % (point[0], point[1], label))
    out.write('w_init,%.17g,%.17g\n' % tuple(w_init))
    for layer, W in enumerate(hidden):
        for row in W:
            out.write('W%d,' % (layer + 1) + ','.join('%.17g' % v for v in row) + '\n')
for L in [1, 4]:
    Ws = hidden[:L - 1]
    M = np.eye(2)
    for W in Ws:
        M = W @ M
    last = (np.linalg.pinv(M.T) @ w_init if L > 1 else w_init).reshape(1, -1)
    for norm in ['unnorm', 'swn', 'ewn']:
        net = MLP([W.copy() for W in Ws] + [last.copy()], norm, act='linear')
        for s in range(5000):
            Wc = net.eff(); out, c = net.forward(X, Wc); f = out[:, 0]
            g = bin_grad_rel(f, y, 0.0)[:, None]
            gW, _ = net.backward(g, Wc, c); net.step(net.param_grads(gW), None, 1e-3)
        f = net.forward(X)[0][:, 0]
        print(L, norm, repr(bin_logloss(f, y)))
