"""Reference implementations of NormBench's main engine configurations, for EngineBenchmark (bin/bench-engine):
the same networks, schemes, losses and constant-step GD, written in PyTorch (autograd) and in numpy (gradients
by hand, as the specs' pilots do). Prints one line: steps per second.

    python3 reference_steps.py {torch|numpy} {float64|float32} CONFIG STEPS

CONFIG: dukler-e2 (spec 002: n = d = 50, m = 1000, WN alpha = 1, summed squared loss),
        xor-ewn (spec 000: 2 -> 20 -> 1 ReLU, fixed output, EWN hidden layer, logistic loss),
        linsep-ewn (2 -> 8 -> 1 ReLU^2, both layers EWN, logistic loss),
        depth4-ewn (deep linear 2 -> 100 -> 100 -> 100 -> 1, every layer EWN, 20 points, logistic loss),
        smd-bn-mlp (spec 004: 196 -> 128 -> 128 -> 10, bias-free weights -> batch norm -> ReLU, batches of 128
                    of 12,800 examples, mean cross-entropy, heavy-ball SGD with coupled weight decay; torch only).
Data and weights are random: only the cost per step is compared, not the values."""
import sys
import time
import numpy as np

CONFIGS = {
    # n, input dim, layer widths (outputs), activation, trained layers, scheme, loss, output scale
    'dukler-e2': (50, 50, [1000, 1], 'relu', [True, False], 'wn', 'squared', 1 / np.sqrt(1000)),
    'xor-ewn': (4, 2, [20, 1], 'relu', [True, False], 'ewn', 'logistic', 1.0),
    'linsep-ewn': (4, 2, [8, 1], 'relusq', [True, True], 'ewn', 'logistic', 1.0),
    'depth4-ewn': (20, 2, [100, 100, 100, 1], 'linear', [True] * 4, 'ewn', 'logistic', 1.0),
}
ETA = 1e-3
SMD = dict(examples=12800, inputs=196, width=128, classes=10, batch=128, momentum=0.9, decay=5e-3, eta=0.2)


def setup(config, dtype):
    n, d, widths, act, trained, scheme, loss, scale = CONFIGS[config]
    rng = np.random.default_rng(0)
    x = rng.normal(size=(n, d)).astype(dtype)
    y = (rng.uniform(-1, 1, n) if loss == 'squared' else np.where(rng.uniform(size=n) < 0.5, -1.0, 1.0)).astype(dtype)
    weights, fan_in = [], d
    for w in widths:
        weights.append(rng.uniform(-1, 1, (w, fan_in)).astype(dtype) / np.sqrt(fan_in))
        fan_in = w
    return x, y, weights, act, trained, scheme, loss, scale


def run_torch(config, dtype, steps):
    import torch
    torch.set_num_threads(1)
    x, y, weights, act, trained, scheme, loss, scale = setup(config, dtype)
    x, y = torch.tensor(x), torch.tensor(y)
    layers = []
    for w, t in zip(weights, trained):
        w = torch.tensor(w)
        if not t:
            layers.append(('fixed', [w]))
            continue
        norms = w.norm(dim=1)
        v = (w / norms[:, None]).requires_grad_()
        s = (norms.log() if scheme == 'ewn' else norms).requires_grad_()
        layers.append((scheme, [s, v]))
    params = [p for kind, ps in layers if kind != 'fixed' for p in ps]

    def effective(kind, ps):
        if kind == 'fixed':
            return ps[0]
        s, v = ps
        length = s.exp() if kind == 'ewn' else s
        return length[:, None] * v / v.norm(dim=1, keepdim=True)

    def log_loss():
        h = x
        for i, (kind, ps) in enumerate(layers):
            h = h @ effective(kind, ps).T
            if i < len(layers) - 1:
                h = torch.relu(h) if act == 'relu' else torch.relu(h) ** 2 if act == 'relusq' else h
        f = h[:, 0] * scale
        if loss == 'squared':
            return (0.5 * ((f - y) ** 2).sum()).log()
        return torch.logsumexp(torch.log(torch.nn.functional.softplus(-y * f)), 0)

    start = time.perf_counter()
    for _ in range(steps):
        value = log_loss()
        grads = torch.autograd.grad(value, params)
        factor = ETA * value.detach().exp()
        with torch.no_grad():
            for p, g in zip(params, grads):
                p -= factor * g
    return steps / (time.perf_counter() - start)


def run_torch_smd(dtype, steps):
    import torch
    torch.set_num_threads(1)
    c = SMD
    rng = np.random.default_rng(0)
    x = torch.tensor(rng.normal(size=(c['examples'], c['inputs'])).astype(dtype))
    y = torch.tensor(rng.integers(0, c['classes'], c['examples']))
    dims = [c['inputs'], c['width'], c['width']]
    weights = [torch.tensor((rng.normal(size=(i, o)) * np.sqrt(2 / i)).astype(dtype)).requires_grad_()
               for i, o in zip(dims[:-1], dims[1:])]
    gains = [torch.ones(c['width'], dtype=weights[0].dtype, requires_grad=True) for _ in weights]
    shifts = [torch.zeros(c['width'], dtype=weights[0].dtype, requires_grad=True) for _ in weights]
    head = torch.tensor((rng.normal(size=(c['width'], c['classes'])) / np.sqrt(c['width'])).astype(dtype))
    head.requires_grad_()
    bias = torch.zeros(c['classes'], dtype=head.dtype, requires_grad=True)
    params = weights + gains + shifts + [head, bias]
    decayed = {id(p) for p in weights + [head]}
    buffers = [torch.zeros_like(p) for p in params]
    order = torch.randperm(c['examples'])
    start = time.perf_counter()
    for step in range(steps):
        first = (step * c['batch']) % c['examples']
        idx = order[first:first + c['batch']]
        h = x[idx]
        for w, g, b in zip(weights, gains, shifts):
            z = h @ w
            z = (z - z.mean(0)) / (z.var(0, unbiased=False) + 1e-5).sqrt() * g + b
            h = torch.relu(z)
        value = torch.nn.functional.cross_entropy(h @ head + bias, y[idx])
        grads = torch.autograd.grad(value, params)
        with torch.no_grad():
            for p, g, v in zip(params, grads, buffers):
                v.mul_(c['momentum']).add_(g + c['decay'] * p if id(p) in decayed else g)
                p -= c['eta'] * v
    return steps / (time.perf_counter() - start)


def act_forward(z, act):
    if act == 'relu':
        return np.maximum(z, 0), (z > 0).astype(z.dtype)
    if act == 'relusq':
        r = np.maximum(z, 0)
        return r * r, 2 * r
    return z, np.ones_like(z)


def run_numpy(config, dtype, steps):
    x, y, weights, act, trained, scheme, loss, scale = setup(config, dtype)
    params = []
    for w, t in zip(weights, trained):
        if not t:
            params.append(None)
            continue
        norms = np.linalg.norm(w, axis=1)
        params.append([np.log(norms) if scheme == 'ewn' else norms, w / norms[:, None]])
    start = time.perf_counter()
    for _ in range(steps):
        effs = []
        for w, p in zip(weights, params):
            if p is None:
                effs.append(w)
                continue
            length = np.exp(p[0]) if scheme == 'ewn' else p[0]
            effs.append(length[:, None] * p[1] / np.linalg.norm(p[1], axis=1)[:, None])
        h, cache = x, []
        for i, w in enumerate(effs):
            z = h @ w.T
            if i < len(effs) - 1:
                a, da = act_forward(z, act)
                cache.append((h, da))
                h = a
            else:
                cache.append((h, None))
                h = z
        f = h[:, 0] * scale
        if loss == 'squared':
            value = 0.5 * ((f - y) ** 2).sum()
            dfdo = f - y
        else:
            s = y * f
            value = np.log1p(np.exp(-s)).sum()
            dfdo = -y / (1 + np.exp(s))
        dout = (dfdo * scale)[:, None]
        grads = [None] * len(effs)
        for i in range(len(effs) - 1, -1, -1):
            h_in, da = cache[i]
            if da is not None:
                dout = dout * da
            grads[i] = dout.T @ h_in
            dout = dout @ effs[i]
        for p, g in zip(params, grads):
            if p is None:
                continue
            nv = np.linalg.norm(p[1], axis=1)
            vh = p[1] / nv[:, None]
            proj = (vh * g).sum(axis=1)
            length = np.exp(p[0]) if scheme == 'ewn' else p[0]
            ds = length * proj if scheme == 'ewn' else proj
            dv = (length / nv)[:, None] * (g - proj[:, None] * vh)
            p[0] -= ETA * ds
            p[1] -= ETA * dv
        assert np.isfinite(value)
    return steps / (time.perf_counter() - start)


if __name__ == '__main__':
    framework, dtype, config, steps = sys.argv[1], np.dtype(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    if config == 'smd-bn-mlp' and framework != 'torch':
        print('n/a')  # the spec 004 pilot's numpy code is the reference for values, not for this timing
        sys.exit(0)
    if config == 'smd-bn-mlp':
        runner = lambda _, t, n: run_torch_smd(t, n)
    else:
        runner = run_torch if framework == 'torch' else run_numpy
    runner(config, dtype, steps)  # warm-up
    print('%.1f' % sorted(runner(config, dtype, steps) for _ in range(3))[1])  # median of 3, as the engine
