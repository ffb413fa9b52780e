-- What each run was computed with (NormBench version and commit, Java, DJL, PyTorch, device, CPU, threads, dtype),
-- as its worker reported when it started the run; JSON object of strings. Runs from before have none.
alter table experiment_run add column environment_json varchar(10000);

-- A random secret per run, sent to the worker in the run request; the portal accepts a run's events only when they
-- carry it, so nothing that was not handed the run can report on it. Runs from before have none.
alter table experiment_run add column run_token varchar(64);
