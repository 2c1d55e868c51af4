# workerd's configuration for the runtime matrix; runtimes.test.ts fills in the two placeholders
# (the INPUT binding and the compatibility date). The mock listens on 127.0.0.1, which workerd's default outbound (public
# addresses only) refuses, hence the "net" service.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "net", network = (allow = ["public", "private", "local"])),
  ],
);

const worker :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "client.bundle.mjs", esModule = embed "client.bundle.mjs"),
  ],
  compatibilityDate = "@COMPATIBILITY_DATE@",
  bindings = [(name = "INPUT", text = @INPUT@)],
  globalOutbound = "net",
);
