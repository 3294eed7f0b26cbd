#define BOOST_TEST_MODULE assess
#include <boost/test/unit_test.hpp>
