# Two entry points: `make synth` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OUT ?= cdk.out
CDK_CLI_DIR := .tools/cdk-cli

.PHONY: synth test lint typecheck pytest generate update-schemas bench cdk-cli clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# examples/*.py go to $(OUT)/<name>/; each project folder with a cdk.json (examples/<project>/) is
# synthesized from inside that folder, as `cdk synth` would, with its cdk.json context, into $(OUT)/<project>/.
synth: $(STAMP)
	$(PY) -m apigwv2_integrations synth examples/*.py --out $(OUT)
	@for config in examples/*/cdk.json; do \
		[ -f "$$config" ] || continue; \
		project=$$(dirname "$$config"); \
		echo "$$project (cdk.json):"; \
		(cd "$$project" && $(abspath $(PY)) -m apigwv2_integrations synth --out $(abspath $(OUT))/$$(basename "$$project")) || exit 1; \
	done

test: $(STAMP) cdk-cli lint typecheck pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict src

pytest: $(STAMP)
	$(PY) -m pytest

# The real `cdk` CLI, for the test that it reads our cloud assembly. Without npm that test is skipped.
cdk-cli:
	@if command -v npm >/dev/null 2>&1 && [ ! -x $(CDK_CLI_DIR)/node_modules/.bin/cdk ]; then \
		mkdir -p $(CDK_CLI_DIR) && npm install --silent --no-audit --no-fund --prefix $(CDK_CLI_DIR) aws-cdk@2 >/dev/null \
		|| echo "warning: could not install the aws-cdk CLI; tests/test_cdk_cli.py will fail"; \
	fi

generate: $(STAMP)
	$(PY) codegen/generate_l1.py

update-schemas: $(STAMP)
	$(PY) codegen/update_schemas.py

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m compileall -q src
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) $(OUT) .tools
