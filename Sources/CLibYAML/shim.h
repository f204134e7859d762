#ifndef APIREF_CLIBYAML_SHIM_H
#define APIREF_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
