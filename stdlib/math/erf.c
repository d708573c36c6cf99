/* math.Erf, Erfc, Erfinv and Erfcinv computed the way Go computes them
 * (erf.go from FreeBSD's s_erf.c, erfinv.go from Giles' rational
 * approximations), on Go's Exp and Log (explog.c), so that results agree
 * with Go bit for bit rather than with libm's erf and erfc.
 *
 * Erf and Erfc share their intervals of |x|: below 0.84375 a rational
 * function of x*x; up to 1.25 one of x-1 around erf(1); beyond, erfc(x) =
 * exp(-x*x - 0.5625 + R/S)/x with R/S a rational function of 1/(x*x) (two
 * sets of coefficients, split at 1/0.35), where x*x is formed from a
 * 20-bit truncation z of x as z*z + (z-x)*(z+x) to keep it exact.
 * Erfinv: a rational function of 0.180625 - x*x/4 for |x| <= 0.85,
 * otherwise of sqrt(ln2 - log(1-|x|)); Erfcinv(x) is Erfinv(1-x). */
#include <math.h>

#include "gomath.h"
#include "rt.h"

#define ERX 8.45062911510467529297e-01        /* erf(1), to float precision */

/* x*p(x*x)/q(x*x) such that erf(x) = x + that, |x| < 0.84375. */
static double erf_small_y(double x)
{
    const double pp0 = 1.28379167095512558561e-01, pp1 = -3.25042107247001499370e-01,
                 pp2 = -2.84817495755985104766e-02, pp3 = -5.77027029648944159157e-03,
                 pp4 = -2.37630166566501626084e-05;
    const double qq1 = 3.97917223959155352819e-01, qq2 = 6.50222499887672944485e-02,
                 qq3 = 5.08130628187576562776e-03, qq4 = 1.32494738004321644526e-04,
                 qq5 = -3.96022827877536812320e-06;
    double z = x * x;
    double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    double s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    return r / s;
}

/* erf(x) - ERX for 0.84375 <= x < 1.25. */
static double erf_near1(double x)
{
    const double pa0 = -2.36211856075265944077e-03, pa1 = 4.14856118683748331666e-01,
                 pa2 = -3.72207876035701323847e-01, pa3 = 3.18346619901161753674e-01,
                 pa4 = -1.10894694282396677476e-01, pa5 = 3.54783043256182359371e-02,
                 pa6 = -2.16637559486879084300e-03;
    const double qa1 = 1.06420880400844228286e-01, qa2 = 5.40397917702171048937e-01,
                 qa3 = 7.18286544141962662868e-02, qa4 = 1.26171219808761642112e-01,
                 qa5 = 1.36370839120290507362e-02, qa6 = 1.19844998467991074170e-02;
    double s = x - 1;
    double p = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    double q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    return p / q;
}

/* erfc(x) for 1.25 <= x < 28. */
static double erfc_large(double x)
{
    static const double ra[8] = {
        -9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
        -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
        -8.12874355063065934246e+01, -9.81432934416914548592e+00,
    };
    static const double sa[9] = {
        1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
        6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
        6.57024977031928170135e+00, -6.04244152148580987438e-02,
    };
    static const double rb[7] = {
        -9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
        -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
        -4.83519191608651397019e+02,
    };
    static const double sb[8] = {
        1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
        3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
        -2.24409524465858183362e+01,
    };
    const double split = 2.857142857142857142857142857142857143;    /* 1/0.35 */
    double s = 1 / (x * x), r, q;
    const double *rc = x < split ? ra : rb, *sc = x < split ? sa : sb;
    int nr = x < split ? 8 : 7, ns = x < split ? 9 : 8;
    r = rc[nr - 1];                             /* Horner from the top, as Go nests */
    for (int i = nr - 2; i >= 0; i--)
        r = rc[i] + s * r;
    q = sc[ns - 1];
    for (int i = ns - 2; i >= 0; i--)
        q = sc[i] + s * q;
    double z = from_bits(to_bits(x) & 0xffffffff00000000ull);
    double e = math_Exp(-z * z - 0.5625) * math_Exp((z - x) * (z + x) + r / q);
    return e / x;
}

double math_Erf(double x)
{
    const double efx = 1.28379167095512586316e-01, efx8 = 1.02703333676410069053e+00;
    if (isnan(x))
        return go_nan();
    if (isinf(x))
        return x > 0 ? 1 : -1;
    double a = x < 0 ? -x : x, r;          /* not fabs: -0 stays -0, as in Go */
    if (a < 0.84375) {
        if (a < 0x1p-28)
            r = a < 2.848094538889218e-306 ? 0.125 * (8.0 * a + efx8 * a) : a + efx * a;
        else
            r = a + a * erf_small_y(a);
    } else if (a < 1.25) {
        r = ERX + erf_near1(a);
    } else if (a >= 6) {
        r = 1;
    } else {
        return x < 0 ? erfc_large(a) - 1 : 1 - erfc_large(a);
    }
    return x < 0 ? -r : r;
}

double math_Erfc(double x)
{
    if (isnan(x))
        return go_nan();
    if (isinf(x))
        return x > 0 ? 0 : 2;
    double a = x < 0 ? -x : x;
    bool neg = x < 0;
    if (a < 0.84375) {
        double t;
        if (a < 0x1p-56)
            t = a;
        else if (a < 0.25)
            t = a + a * erf_small_y(a);
        else
            t = 0.5 + (a * erf_small_y(a) + (a - 0.5));
        return neg ? 1 + t : 1 - t;
    }
    if (a < 1.25) {
        double pq = erf_near1(a);
        return neg ? 1 + ERX + pq : 1 - ERX - pq;
    }
    if (a >= 28 || (neg && a > 6))
        return neg ? 2 : 0;
    double r = erfc_large(a);
    return neg ? 2 - r : r;
}

double math_Erfinv(double x)
{
    static const double a[8] = {
        1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2,
        4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4,
        1.1819493347062294404278e4, 8.8709406962545514830200e2,
    };
    static const double b[8] = {
        1.0000000000000000000e0, 4.2313330701600911252e1, 6.8718700749205790830e2,
        5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4,
        2.8729085735721942674e4, 5.2264952788528545610e3,
    };
    static const double c[8] = {
        1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
        3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
        2.27238449892691845833e-2, 7.74545014278341407640e-4,
    };
    static const double d[8] = {
        1.4142135623730950488016887e0, 2.9036514445419946173133295e0, 2.3707661626024532365971225e0,
        9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
        7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9,
    };
    static const double e[8] = {
        6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
        2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
        2.71155556874348757815e-5, 2.01033439929228813265e-7,
    };
    static const double f[8] = {
        1.414213562373095048801689e0, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1,
        2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
        2.010321207683943062279931e-7, 2.891024605872965461538222e-15,
    };
    if (x == 1 || x == -1)
        return copysign(INFINITY, x);
    if (isnan(x) || x < -1 || x > 1)
        return go_nan();
    double ax = x < 0 ? -x : x, r, ans;   /* not fabs: -0 stays -0 */
    const double *num, *den;
    if (ax <= 0.85) {
        r = 0.180625 - 0.25 * ax * ax;
        num = a, den = b;
    } else {
        r = sqrt(0.693147180559945309417232121458176568 - math_Log(1.0 - ax));
        if (r <= 5.0)
            r -= 1.6, num = c, den = d;
        else
            r -= 5.0, num = e, den = f;
    }
    double z1 = num[7], z2 = den[7];
    for (int i = 6; i >= 0; i--) {
        z1 = z1 * r + num[i];
        z2 = z2 * r + den[i];
    }
    ans = ax <= 0.85 ? (ax * z1) / z2 : z1 / z2;
    return x < 0 ? -ans : ans;
}

double math_Erfcinv(double x)
{
    return math_Erfinv(1 - x);
}
