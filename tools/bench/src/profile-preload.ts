// Loaded with `--import` (NODE_OPTIONS, where --cpu-prof is not allowed): samples this process's CPU and writes a
// .cpuprofile into PROFILE_DIR. By default from start to exit; with PROFILE_START=SIGUSR2, from the first SIGUSR2
// to the second (to profile a steady state without the start-up before it or the shutdown after it).
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  // An in-process inspector session answers synchronously, so the file is written before this returns.
  const stop = () =>
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  if (process.env.PROFILE_START === 'SIGUSR2') {
    let running = false;
    process.on('SIGUSR2', () => {
      if (running) stop();
      else session.post('Profiler.start');
      running = !running;
    });
  } else {
    session.post('Profiler.start');
    process.on('exit', stop);
  }
}
