-- What each run was computed with (NormBench version and commit, Java, DJL, PyTorch, device, CPU, threads, dtype),
-- as its worker reported when it started the run; JSON object of strings. Runs from before have none.
alter table experiment_run add column environment_json varchar(10000);
