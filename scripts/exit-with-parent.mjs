// Loaded into the astro build that scripts/build.mjs starts (node --import): when the build
// script is killed outright (kill -9), the build it started stops too, instead of running on
// unseen beside the next build, which shares public/js and the content-layer cache with it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 200).unref();
