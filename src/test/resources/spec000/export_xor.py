"""Exports spec 000's XOR pilot data for XorSparsityTest (run from this folder):
    python3 export_xor.py ../../../../../shared/specs/seed-000-ewn-pilot
- xor-w1-seed{0,1,2}.csv: the pilot's W(0) (run_xor.py: default_rng(seed).uniform(-1/sqrt 2, 1/sqrt 2, (20, 2)));
- xor-swn-seed1-log-loss.csv: step, ln L of the pilot's SWN run (seed 1, c = 1 - 1/15, cap 1) for steps 0..60,
  with the pilot's undo made exact (a snapshot instead of adding the step back), as the engine does.
The expected steps, final ln L, active counts and participation ratios in the test are what toy.py prints for
the same W(0)."""
import sys
import numpy as np
sys.path.insert(0, sys.argv[1])
from toy import Net, train

X = np.array([[1, 1], [-1, -1], [1, -1], [-1, 1]], float)
y = np.array([-1, -1, 1, 1], float)
a = np.r_[np.ones(10), -np.ones(10)]
for seed in range(3):
    W1 = np.random.default_rng(seed).uniform(-1 / np.sqrt(2), 1 / np.sqrt(2), (20, 2))
    np.savetxt(f'xor-w1-seed{seed}.csv', W1, delimiter=',', fmt='%.17g')

def exact_step(self, pg, lr):
    if lr > 0:
        self.snapshot = [[q.copy() for q in p] for p in self.P]
        for p, g in zip(self.P, pg):
            for i in range(len(p)):
                p[i] -= lr * g[i]
    else:
        self.P = self.snapshot
Net.step = exact_step
net = Net(np.loadtxt('xor-w1-seed1.csv', delimiter=','), a, False, 'swn', np.float64)
_, _, hist = train(net, X, y, 'relu', 15, 0.01, 1.0, 50, 62, log_every=1)
# hist[t] holds ln L after t steps' normaliser, i.e. ln L at the point before step t
with open('xor-swn-seed1-log-loss.csv', 'w') as out:
    out.writelines('%d,%.17g\n' % (t - 1, hist[t][1]) for t in range(1, 62))
