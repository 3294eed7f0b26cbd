#define BOOST_TEST_MODULE homework
#include <boost/test/unit_test.hpp>
