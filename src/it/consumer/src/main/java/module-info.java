/** A user's application on the module path. The test kit needs jdk.httpserver, which the library only requires statically. */
module app {
  requires io.github.deepseekjava;
  requires jdk.httpserver;
}
