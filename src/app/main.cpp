// onewindow: the civil-affairs one-window kiosk, counter and back-office terminal.
#include "app/cli.h"

int main(int argc, char** argv) { return app::main_entry(argc, argv); }
