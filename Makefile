# onewindow — the two commands of the README. Both install what is missing (Debian packages only),
# configure and build with CMake; `run` starts the demo kiosk, `test` runs every test through ctest.
BUILD ?= build
SAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")
ARGS ?=

.PHONY: run test build deps bench clean screenshot sanitize deb

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	@cmake -S . -B $(BUILD) $(GENERATOR) $(CMAKE_FLAGS) >/dev/null

build: deps $(BUILD)/CMakeCache.txt
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@scripts/run-demo.sh $(BUILD)/src/app/onewindow $(ARGS)

test: build
	@scripts/run-tests.sh $(BUILD)

# The unit tests of core, store, devices and app under ASan + UBSan, in $(SAN_BUILD) (CI runs it after test).
sanitize: deps
	@scripts/run-sanitizers.sh $(SAN_BUILD)

bench: deps
	@scripts/install-deps.sh --bench
	@cmake -S . -B $(BUILD) $(GENERATOR) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@bench/run-all.sh $(BUILD)

screenshot: build
	@scripts/with-xvfb.sh $(BUILD)/src/app/onewindow screenshot --screen welcome --demo --size 1920x1080 --out welcome.png
	@echo "wrote welcome.png"

# The Debian package (CPack, from this same build tree), written into $(BUILD).
deb: build
	@(cd $(BUILD) && cpack -G DEB >/dev/null) && ls -1 $(BUILD)/onewindow_*.deb

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
