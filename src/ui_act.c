/*
 * ui_act.c: acting on what is read. `y` copies the current claim with
 * OSC 52 (act.c builds the sequence); `|` pipes the article, the current
 * claim or the party list to a shell command, as less and newsboat do,
 * asking first which; `o` opens the article's link with $BROWSER. The
 * commands run with the terminal given back and the default signals, so
 * ^C stops the command, not the reader.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "act.h"
#include "ui_int.h"
#include "util.h"

/* The current claim, or -1 with a message saying how to choose one. */
static int
ui_act_claim(struct ui *ui)
{
	char m[96];

	if (ui->art == NULL || ui->art->cur < 0) {
		ui_message(ui, 1, "%s", ui->art == NULL ? "open an article first" :
		    ui_no_claim(ui, "selects one", m, sizeof m));
		return -1;
	}
	return ui->art->cur;
}

void
ui_act_copy(struct ui *ui)
{
	int c = ui_act_claim(ui);
	char *text, *seq;
	FILE *t = ui_terminal();

	if (c < 0)
		return;
	text = reader_detail(ui->art->rd, c);
	seq = act_osc52(text, strlen(text), getenv("TMUX") != NULL);
	fputs(seq, t);
	fflush(t);
	ui_message(ui, 0, "copied: %s", text);
	free(seq);
	free(text);
}

void
ui_act_pipe_start(struct ui *ui)
{
	if (ui->art == NULL) {
		ui_message(ui, 1, "open an article first");
		return;
	}
	ui->prompt = 'w';
	ui->dirty |= UI_STATUS;
}

/* The key typed at "pipe: a article  c current claim  p party list
 * (Esc: none)": a choice, Esc (or C-c, as the search's prompt, or q) for
 * none; another key leaves the prompt as it is (an x typed by mistake
 * closed it in silence, and the keys after it ran as commands). */
void
ui_act_pipe_which(struct ui *ui, int key)
{
	ui->dirty |= UI_STATUS;
	if (key != 'a' && key != 'c' && key != 'p') {
		if (key == KEYC_ESC || key == 3 /* C-c */ || key == 'q')
			ui->prompt = 0;
		return;
	}
	ui->prompt = 0;
	if (key == 'c' && ui_act_claim(ui) < 0)
		return;
	ui->pipe_what = key;
	ui->prompt = '|';
	ui->pat[0] = '\0';
}

/* Run sh -c cmd with argument arg ($1), the terminal given back, len bytes
 * of in on its standard input if in is not NULL; its wait status, or -1. */
static int
ui_act_run(const char *cmd, const char *arg, const char *in, size_t len)
{
	struct sigaction ign, oint, oquit, opipe;
	int fd[2] = { -1, -1 }, st = -1;
	pid_t pid;
	size_t off = 0;
	ssize_t n;

	if (in != NULL && pipe(fd) != 0)
		return -1;
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	sigaction(SIGPIPE, &ign, &opipe);	/* a command that stops reading */
	if ((pid = fork()) == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		if (in != NULL) {
			dup2(fd[0], STDIN_FILENO);
			close(fd[0]);
			close(fd[1]);
		}
		execl("/bin/sh", "sh", "-c", cmd, "sh", arg, (char *)NULL);
		_exit(127);
	}
	if (in != NULL) {
		close(fd[0]);
		while (pid > 0 && off < len && ((n = write(fd[1], in + off,
		    len - off)) > 0 || (n < 0 && errno == EINTR)))
			off += n > 0 ? (size_t)n : 0;
		close(fd[1]);
	}
	while (pid > 0 && waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	sigaction(SIGINT, &oint, NULL);
	sigaction(SIGQUIT, &oquit, NULL);
	sigaction(SIGPIPE, &opipe, NULL);
	return pid > 0 ? st : -1;
}

/* Say how a command ended, if not well. */
static void
ui_act_status(struct ui *ui, const char *what, int st)
{
	if (st == -1)
		ui_message(ui, 1, "%s: %s", what, strerror(errno));
	else if (WIFEXITED(st) && WEXITSTATUS(st) != 0)
		ui_message(ui, 1, "%s: exit status %d", what, WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		ui_message(ui, 1, "%s: killed by signal %d", what, WTERMSIG(st));
}

void
ui_act_pipe_run(struct ui *ui)
{
	struct ui_art *a = ui->art;
	char *text = NULL;
	const char *in;
	size_t len;
	int st;

	if (ui->pat[0] == '\0' || a == NULL)
		return;
	if (ui->pipe_what == 'a') {
		in = a->doc->text;
		len = a->doc->len;
	} else {
		if (ui->pipe_what == 'c' && a->cur >= 0) {
			text = reader_detail(a->rd, a->cur);
			text = xrealloc(text, strlen(text) + 2);
			strcat(text, "\n");
		} else
			text = reader_party_text(a->rd);
		in = text;
		len = strlen(text);
	}
	ui_suspend();
	st = ui_act_run(ui->pat, "", in, len);
	ui_wait_enter();
	ui_resume(ui);
	ui_act_status(ui, ui->pat, st);
	free(text);
}

void
ui_act_open(struct ui *ui)
{
	const char *url = ui->art != NULL ? ui->art->doc->url : NULL;
	const char *browser = getenv("BROWSER");
	int st;

	if (ui->art == NULL)
		ui_message(ui, 1, "open an article first");
	else if (url == NULL || *url == '\0')
		ui_message(ui, 1, "this article has no link");
	else if (browser == NULL || *browser == '\0')
		ui_message(ui, 1, "BROWSER is not set: %s", url);
	else {
		ui_suspend();	/* a browser in the terminal (w3m, lynx) */
		st = ui_act_run("exec $BROWSER \"$1\"", url, NULL, 0);
		ui_resume(ui);
		ui_act_status(ui, browser, st);
		if (*ui->msg == '\0')
			ui_message(ui, 0, "opened %s", url);
	}
}
