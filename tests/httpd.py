#!/usr/bin/env python3
"""httpd.py: a small HTTP server on 127.0.0.1 for the URL tests.

usage: httpd.py DIR PORTFILE [SECONDS]

Serves the files in DIR on a free port of 127.0.0.1, writes the port to
PORTFILE, and stops by itself after SECONDS (default 60). Besides the files:
  /redirect/NAME   302 to /NAME
  /loop            redirects to itself, for ever
  /slow            answers after 5 seconds
  /big             an endless text/html body (for the size limit)
  /status/N        answers with status N
"""
import http.server, os, sys, threading, time

root, portfile = sys.argv[1], sys.argv[2]
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 60


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=root, **k)

    def log_message(self, *a):
        pass

    def do_GET(self):
        p = self.path
        if p.startswith('/redirect/'):
            self.send_response(302)
            self.send_header('Location', '/' + p[len('/redirect/'):])
            self.end_headers()
        elif p == '/loop':
            self.send_response(302)
            self.send_header('Location', '/loop')
            self.end_headers()
        elif p == '/slow':
            time.sleep(5)
            self.send_response(200)
            self.end_headers()
        elif p == '/big':
            self.send_response(200)
            self.send_header('Content-Type', 'text/html')
            self.end_headers()
            chunk = b'<p>' + b'word ' * 2000 + b'</p>\n'
            try:
                for _ in range(20000):      # 200 MB at most, bounded
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif p.startswith('/status/'):
            self.send_response(int(p[len('/status/'):]))
            self.end_headers()
        else:
            super().do_GET()


srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
srv.daemon_threads = True
with open(portfile + '.tmp', 'w') as f:
    f.write(str(srv.server_address[1]))
os.rename(portfile + '.tmp', portfile)
threading.Timer(seconds, srv.shutdown).start()
srv.serve_forever()
