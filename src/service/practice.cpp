#include "service/practice.h"
