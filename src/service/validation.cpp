#include "service/validation.h"
